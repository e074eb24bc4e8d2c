"""Small minutes written for the tests (not copies of any real document)."""

FORMAL = """KENT COUNTY COUNCIL

SAMPLE COMMUNITY SAFETY PARTNERSHIP

MINUTES of a meeting of the Sample Community Safety Partnership held in the Blue Room, Town Hall, Sampleton on Tuesday, 3 March 2020.

PRESENT: Ann Example (Sampleton Borough Council) (Chairman), Bob Sample (Kent Police) and Cat Person (KCC).

1. Minutes of the previous meeting

The minutes of the meeting held on 2 December 2019 were agreed as a true record.

2. Anti-social behaviour

(1) Bob Sample reported on anti-social behaviour in the town centre.

(2) Resolved that (i) the report be noted; and (ii) a task group be set up.

Action: Bob Sample/Cat Person
"""
