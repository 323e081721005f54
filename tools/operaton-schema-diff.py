#!/usr/bin/env python3
"""Compares the PostgreSQL create scripts of Camunda 7.24.0 and Operaton 1.0.0 (as shipped in their engine jars):
tables, columns with types, indexes. Prints the differences, or that there are none. Usage: operaton-schema-diff.py"""
import glob, os, re, sys, zipfile

M2 = os.path.expanduser('~/.m2/repository')
JARS = {'camunda 7.24.0': (f'{M2}/org/camunda/bpm/camunda-engine/7.24.0/camunda-engine-7.24.0.jar', 'org/camunda/bpm/engine/db/create/'),
        'operaton 1.0.0': (f'{M2}/org/operaton/bpm/operaton-engine/1.0.0/operaton-engine-1.0.0.jar', 'org/operaton/bpm/engine/db/create/')}

def schema(jar, prefix):
    tables, indexes, other = {}, set(), []
    with zipfile.ZipFile(jar) as z:
        for name in sorted(n for n in z.namelist() if n.startswith(prefix) and '.postgres.' in n):
            sql = re.sub(r'--[^\n]*', '', z.read(name).decode())
            for stmt in (s.strip() for s in sql.split(';') if s.strip()):
                flat = ' '.join(stmt.split())
                m = re.match(r'create table (\w+) \((.*)\)$', flat, re.I)
                if m:
                    cols = {}
                    for part in re.split(r',(?![^(]*\))', m.group(2)):
                        words = part.strip().split()
                        if words and words[0].lower() not in ('primary', 'constraint', 'unique'):
                            cols[words[0].upper()] = ' '.join(words[1:]).lower()
                    tables[m.group(1).upper()] = cols
                elif re.match(r'create (unique )?index', flat, re.I):
                    indexes.add(flat.lower())
                else:
                    other.append(flat.lower())
    return tables, indexes, other

(a_name, a), (b_name, b) = [(k, schema(*v)) for k, v in JARS.items()]
print(f'{a_name}: {len(a[0])} tables, {sum(len(c) for c in a[0].values())} columns, {len(a[1])} indexes, {len(a[2])} other statements')
print(f'{b_name}: {len(b[0])} tables, {sum(len(c) for c in b[0].values())} columns, {len(b[1])} indexes, {len(b[2])} other statements')
diffs = 0
for t in sorted(set(a[0]) | set(b[0])):
    if t not in b[0] or t not in a[0]:
        print(f'table {t} only in {a_name if t in a[0] else b_name}'); diffs += 1; continue
    for c in sorted(set(a[0][t]) | set(b[0][t])):
        if a[0][t].get(c) != b[0][t].get(c):
            print(f'{t}.{c}: {a_name}={a[0][t].get(c)!r} {b_name}={b[0][t].get(c)!r}'); diffs += 1
for i in sorted(a[1] ^ b[1]):
    print(f'index only in {a_name if i in a[1] else b_name}: {i}'); diffs += 1
other_a, other_b = sorted(a[2]), sorted(b[2])
for s in sorted(set(other_a) ^ set(other_b)):
    print(f'statement only in {a_name if s in other_a else b_name}: {s[:160]}'); diffs += 1
print(f'{diffs} differences')
