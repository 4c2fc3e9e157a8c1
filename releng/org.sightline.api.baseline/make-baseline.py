#!/usr/bin/env python3
"""Writes baseline-<version>/: for each bundle jar given, its manifest and the class files of its
exported API packages (no x-internal ones). Used for 0.1.0 on the jars built from a2e4452:
  git worktree add --detach /tmp/v0.1.0 v0.1.0 && cd /tmp/v0.1.0 && ./mvnw -B -o -q package -DskipTests -pl <API bundles>
  python3 make-baseline.py baseline-0.1.0 /tmp/v0.1.0/bundles/*/target/*-0.1.0-SNAPSHOT.jar
(org.sightline.testing, test support that is never shipped, was left out.)"""
import os, re, sys, zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for jar in sys.argv[2:]:
    z = zipfile.ZipFile(jar)
    mf = z.read('META-INF/MANIFEST.MF').decode()
    unfolded = re.sub(r'\r?\n ', '', mf)
    exports = re.search(r'^Export-Package: (.*)$', unfolded, re.M)
    bsn = re.search(r'^Bundle-SymbolicName: ([^;\r\n]+)', unfolded, re.M).group(1).strip()
    if not exports or bsn == 'org.sightline.testing':
        continue
    clauses = re.findall(r'([^,"]+(?:"[^"]*"[^,"]*)*)', exports.group(1))
    dirs = [c.split(';')[0].strip().replace('.', '/') + '/' for c in clauses if c.strip() and 'x-internal' not in c]
    if not dirs:
        continue
    with zipfile.ZipFile(os.path.join(out, bsn + '.jar'), 'w', zipfile.ZIP_DEFLATED) as o:
        o.writestr('META-INF/MANIFEST.MF', mf)
        for e in z.namelist():
            if e.endswith('.class') and any(e.startswith(d) and '/' not in e[len(d):] for d in dirs):
                o.writestr(e, z.read(e))
