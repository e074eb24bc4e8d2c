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

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
# a prefixed name's local part, conservatively: no dots, slashes or escapes to get wrong
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_INTEGER = re.compile(r'"-?[0-9]+"\^\^<' + re.escape(_XSD) + r'integer>\Z')


class TurtleWriter:
    """Writes triples of N-Triples terms as Turtle with the given prefixes (name → namespace IRI)."""

    def __init__(self, prefixes: Mapping[str, str], minted: str | None = None) -> None:
        self.prefixes = {name: str(ns) for name, ns in prefixes.items()}
        # every namespace ends in "/" or "#", so an IRI's namespace is what precedes its last one
        self._by_namespace = {ns: name for name, ns in self.prefixes.items()}
        self._predicates: dict[str, str] = {_RDF_TYPE: "a"}
        self._vocabulary: dict[str, str] = {}
        # minted IRIs are paths ("…/id/meeting/kcsp/2011-09-26"), never a prefix and a plain word:
        # they are written as they are, and only the vocabulary's terms are looked up (and kept)
        self._minted = f"<{minted}" if minted else "\0"

    def header(self) -> str:
        return "".join(f"@prefix {name}: <{ns}> .\n" for name, ns in self.prefixes.items()) + "\n"

    def term(self, term: str) -> str:
        """A subject or object IRI (or blank node) as Turtle."""
        if term.startswith(self._minted):
            return term
        found = self._vocabulary.get(term)
        if found is None:
            found = self._vocabulary[term] = self.iri(term)
        return found

    def iri(self, term: str) -> str:
        """A prefixed name for an N-Triples IRI where its local part is a plain word, else the IRI."""
        if term[0] != "<":                          # a blank node (the vocabulary may hold some)
            return term
        iri = term[1:-1]
        cut = max(iri.rfind("#"), iri.rfind("/")) + 1
        name = self._by_namespace.get(iri[:cut])
        if name is not None and _PLAIN_LOCAL.match(iri, cut):
            return f"{name}:{iri[cut:]}"
        return term

    def predicate(self, term: str) -> str:
        found = self._predicates.get(term)          # a few dozen predicates: remembered
        if found is None:
            found = self._predicates[term] = self.iri(term)
        return found

    def object(self, term: str) -> str:
        first = term[0]
        if first != '"':
            return self.term(term)
        if term[-1] == ">":                         # a typed literal: shorten its datatype
            if _INTEGER.match(term):
                return term[1:term.index('"', 1)]
            lexical, datatype = term.rsplit("^^", 1)
            return f"{lexical}^^{self.predicate(datatype)}"
        return term

    def body(self, triples: Iterable[tuple[str, str, str]]) -> str:
        """The statements, a subject's consecutive triples grouped in one block.

        The common cases (a known predicate, a minted IRI, a plain literal) are decided inline:
        this loop runs once per triple of the build."""
        out: list[str] = []
        add = out.append
        subject = predicate = None
        minted, predicates, vocabulary = self._minted, self._predicates, self._vocabulary
        for s, p, o in triples:
            pt = predicates.get(p) or self.predicate(p)
            if o[0] == '"':
                ot = self.object(o) if o[-1] == ">" else o
            elif o.startswith(minted):
                ot = o
            else:
                ot = vocabulary.get(o) or self.term(o)
            if s == subject:
                add(f" ,\n        {ot}" if p == predicate else f" ;\n    {pt} {ot}")
            else:
                if subject is not None:
                    add(" .\n\n")
                add(f"{s if s.startswith(minted) else self.term(s)} {pt} {ot}")
            subject, predicate = s, p
        if subject is not None:
            add(" .\n\n")
        return "".join(out)
