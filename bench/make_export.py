#!/usr/bin/env python3
"""Writes a dashboard-like call-history export for the import benchmarks: ROWS rows of 8 columns (about 150 bytes a
row), one column of call IDs, one of agent IDs, and quoted multi-line transcripts with separators and doubled quotes
in some rows.

usage: make_export.py OUT.csv [ROWS]"""
import random
import sys
import uuid

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rnd = random.Random(42)
agents = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(8)]
statuses = ["registered", "retry", "ongoing", "completed", "failed", "cancelled"]
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("id,to_number,name,status,agent_id,initiation_time,call_duration,transcript\r\n")
    buf = []
    for i in range(rows):
        cid = uuid.UUID(int=rnd.getrandbits(128), version=4)
        if i % 10 == 0:
            transcript = '"Agent: Hello, this is ""Acme"".\nCustomer: not now, thanks."'
        else:
            transcript = "no answer"
        buf.append(f"{cid},+9198{i % 100000000:08d},Customer {i},{statuses[i % 6]},{agents[i % 8]},"
                   f"2025-12-01T10:{(i // 60) % 60:02d}:{i % 60:02d}Z,{i % 600},{transcript}\r\n")
        if len(buf) >= 10000:
            f.write("".join(buf))
            buf.clear()
    f.write("".join(buf))
