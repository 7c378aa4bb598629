#!/usr/bin/env python3
"""Fills the unfinished numerus entries of an English .ts file: "(s)" and "(es)" become the singular and plural."""
import html
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill(m):
    source = html.unescape(m.group(1))
    one = source.replace("(es)", "").replace("(s)", "")
    many = source.replace("(es)", "es").replace("(s)", "s")
    return ("<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>") % (m.group(1), esc(one), esc(many))


# [^<]* keeps a match inside one message: a lazy .*? would run from a finished message's source on to the next
# unfinished one and swallow the messages between.
text, count = re.subn(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*'
                      r'<numerusform></numerusform>\s*</translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
print(f"{count} plural entries filled; unfinished left: {text.count('unfinished')}")
