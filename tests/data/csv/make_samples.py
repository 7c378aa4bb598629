#!/usr/bin/env python3
"""Writes the CSV samples of the import tests and, beside each, NAME.expected: the call IDs the import must yield
(unique, in file order), or '# ambiguous' (the column must be asked for), or '# error line N'.
The samples are committed; this script documents how they were made and can make them again."""
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20261129)


def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def write(name, text, expected, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding] + data
    with open(os.path.join(HERE, name + ".csv"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, name + ".expected"), "w", encoding="utf-8", newline="\n") as f:
        if isinstance(expected, str):
            f.write(expected + "\n")
        else:
            f.write("".join(i + "\n" for i in expected))


agents = [uid() for _ in range(3)]
lists = [uid() for _ in range(2)]

# 1. A dashboard export: id first, agent_id as a decoy UUID column, LF.
ids = [uid() for _ in range(20)]
rows = ["id,to_number,name,status,agent_id,initiation_time,call_duration"]
for i, c in enumerate(ids):
    rows.append(f"{c},+9198{i:08d},Asha {i},registered,{agents[i % 3]},2025-12-01T10:{i:02d}:00Z,{i * 3}")
write("dashboard_export", "\n".join(rows) + "\n", ids)

# 2. UTF-8 with BOM, CRLF, call_id not first, bulk_list_id decoy.
ids = [uid() for _ in range(12)]
rows = ["bulk_list_id,call_id,status"] + [f"{lists[i % 2]},{c},retry" for i, c in enumerate(ids)]
write("utf8_bom_crlf", "\r\n".join(rows) + "\r\n", ids, bom=True)

# 3. Semicolons, "Call ID" header, decimal commas elsewhere.
ids = [uid() for _ in range(10)]
rows = ["Name;Call ID;Cost;Agent"] + [f"Kunde {i};{c};{i},50;{agents[0]}" for i, c in enumerate(ids)]
write("semicolon_call_id", "\n".join(rows) + "\n", ids)

# 4. Spreadsheet "Unicode text": UTF-16LE with BOM, tab separated, CRLF, CallId header.
ids = [uid() for _ in range(8)]
rows = ["CallId\tNumber\tNotes"] + [f"{c}\t+4915{i:07d}\tRückruf gewünscht" for i, c in enumerate(ids)]
write("utf16le_tab", "\r\n".join(rows) + "\r\n", ids, encoding="utf-16-le", bom=True)

# 5. UTF-16BE with BOM, commas.
ids = [uid() for _ in range(5)]
rows = ["id,note"] + [f"{c},été" for c in ids]
write("utf16be_bom", "\n".join(rows) + "\n", ids, encoding="utf-16-be", bom=True)

# 6. Windows-1252 bytes (not valid UTF-8) in other columns.
ids = [uid() for _ in range(6)]
rows = ["id,name,city"] + [f"{c},Müller {i},Málaga" for i, c in enumerate(ids)]
write("windows1252", "\r\n".join(rows) + "\r\n", ids, encoding="cp1252")

# 7. Pipes and a "call id" header with odd spacing and case.
ids = [uid() for _ in range(7)]
rows = ["status| Call_Id |agent"] + [f"ongoing|{c}|{agents[1]}" for c in ids]
write("pipe_separated", "\n".join(rows) + "\n", ids)

# 8. No header, one column, blank lines between.
ids = [uid() for _ in range(9)]
write("single_column_no_header", "\n\n".join(ids) + "\n\n", ids)

# 9. No header, two UUID columns: the operator must choose.
rows = [f"{uid()},{agents[i % 3]},registered" for i in range(10)]
write("two_uuid_columns_no_header", "\n".join(rows) + "\n", "# ambiguous")

# 10. Quoted fields with separators, doubled quotes and line breaks (transcripts) before the ID column.
ids = [uid() for _ in range(6)]
rows = ["transcript,id,agent_id"]
for i, c in enumerate(ids):
    t = f'"Agent: Hello, this is ""Acme"".\nCustomer: please stop calling, {i}!\r\nAgent: ok"' if i % 2 == 0 else "short"
    rows.append(f"{t},{c},{agents[2]}")
write("quoted_multiline", "\r\n".join(rows) + "\r\n", ids)

# 11. Ragged rows and trailing separators.
ids = [uid() for _ in range(6)]
rows = ["id,status,extra,"]
for i, c in enumerate(ids):
    rows.append(",".join([c] + ["x"] * (i % 4)) + ("," if i % 2 else ""))
write("ragged_rows", "\n".join(rows) + "\n", ids)

# 12. Upper case, braces, spaces and quotes around the IDs, as spreadsheets leave them.
ids = [uid() for _ in range(6)]
forms = ["{%s}", "  %s  ", "'%s'", "%s ", "{%s} ", '" %s "']
rows = ["id;n"] + [f"{forms[i] % c.upper()};{i}" for i, c in enumerate(ids)]
write("decorated_ids", "\n".join(rows) + "\n", ids)

# 13. No line break after the last row.
ids = [uid() for _ in range(4)]
write("no_final_newline", "id\n" + "\n".join(ids), ids)

# 14. CR line ends only.
ids = [uid() for _ in range(5)]
write("cr_only", "\r".join(["call_id,status"] + [f"{c},registered" for c in ids]) + "\r", ids)

# 15. Duplicates and values that are not IDs: the expected list is the unique valid IDs in order.
ids = [uid() for _ in range(8)]
rows = ["id,status"]
for i, c in enumerate(ids):
    rows.append(f"{c},registered")
    if i % 3 == 0:
        rows.append(f"{c},registered")
rows += [f"{ids[0][:35]},x", "not-an-id,x", f"{ids[1][:8]}g{ids[1][9:]},x", ",empty"]
write("duplicates_and_invalid", "\n".join(rows) + "\n", ids)

# 16. A header that names no call-ID column above two UUID columns: ask, do not guess.
rows = ["uuid,agent_id"] + [f"{uid()},{agents[i % 3]}" for i in range(6)]
write("header_names_no_id_column", "\n".join(rows) + "\n", "# ambiguous")

# 17. A quoted field that is never closed: an error naming the line where it starts.
rows = ["id,note", f"{uid()},fine", f'{uid()},"starts here', "and goes on", "to the end"]
write("unterminated_quote", "\n".join(rows) + "\n", "# error line 3")

# 18. Everything quoted, semicolons, CRLF (a spreadsheet's "CSV (semicolon)" export).
ids = [uid() for _ in range(7)]
rows = ['"Call ID";"Status";"Agent"'] + [f'"{c}";"completed";"{agents[0]}"' for c in ids]
write("all_quoted_semicolon", "\r\n".join(rows) + "\r\n", ids)

# 19. Tabs, no header, the IDs in the second column beside plain numbers.
ids = [uid() for _ in range(5)]
write("tab_no_header", "\n".join(f"{i}\t{c}\t+44{i:09d}" for i, c in enumerate(ids)) + "\n", ids)
