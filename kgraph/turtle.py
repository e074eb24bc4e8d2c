"""Turtle for minted triples, written as fast as they are minted.

Minted triples are N-Triples terms already (see :mod:`kgraph.graph`), so Turtle is a matter of
grouping a subject's triples (``;`` and ``,``), writing ``a`` for ``rdf:type`` and shortening IRIs
with the project's prefixes where the local name is a plain word. General serialisers (rdflib,
Oxigraph) parse, index and sort the whole graph first; at ten thousand meetings that took longer
than the minting. The output is valid Turtle; a triple repeated in two documents' graphs may be
written twice, which any parser reads as one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
# a prefixed name's local part, conservatively: no dots, slashes or escapes to get wrong
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_INTEGER = re.compile(r'"-?[0-9]+"\^\^<' + re.escape(_XSD) + r'integer>\Z')


class TurtleWriter:
    """Writes triples of N-Triples terms as Turtle with the given prefixes (name → namespace IRI)."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = {name: str(ns) for name, ns in prefixes.items()}
        # longest namespace first, so "…/id/topic/" would win over "…/id/" if both were declared
        self._namespaces = sorted(((ns, name) for name, ns in self.prefixes.items()),
                                  key=lambda pair: -len(pair[0]))
        self.term = lru_cache(maxsize=1 << 16)(self._iri)

    def header(self) -> str:
        return "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in self.prefixes.items()) + "\n"

    def _iri(self, term: str) -> str:
        if term[0] != "<":                          # a blank node (the vocabulary may hold some)
            return term
        iri = term[1:-1]
        for ns, name in self._namespaces:
            if iri.startswith(ns):
                local = iri[len(ns):]
                return f"{name}:{local}" if _PLAIN_LOCAL.match(local) else term
        return term

    def object(self, term: str) -> str:
        if term[0] == "<":
            return self.term(term)
        if term[-1] == ">" and '"^^<' in term:       # a typed literal: shorten its datatype
            if _INTEGER.match(term):
                return term[1:term.index('"', 1)]
            lexical, datatype = term.rsplit("^^", 1)
            return f"{lexical}^^{self.term(datatype)}"
        return term

    def body(self, triples: Iterable[tuple[str, str, str]]) -> str:
        """The statements, a subject's consecutive triples grouped in one block."""
        out: list[str] = []
        subject = predicate = None
        term, obj = self.term, self.object
        for s, p, o in triples:
            if s == subject:
                if p == predicate:
                    out.append(f" ,\n        {obj(o)}")
                else:
                    out.append(f" ;\n    {'a' if p == _RDF_TYPE else term(p)} {obj(o)}")
            else:
                if subject is not None:
                    out.append(" .\n\n")
                out.append(f"{term(s)} {'a' if p == _RDF_TYPE else term(p)} {obj(o)}")
            subject, predicate = s, p
        if subject is not None:
            out.append(" .\n\n")
        return "".join(out)
