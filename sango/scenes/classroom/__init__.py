"""Classroom mode's screens: the grown-ups' gate, the classroom menu, the presenter view, shared-device
play and the class results. The logic they show lives in sango/classroom/ (no pygame there)."""
