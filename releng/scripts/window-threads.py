#!/usr/bin/env python3
"""Where a workbench start's time goes, by thread: starts PRODUCT/sightline on $DISPLAY, samples its
threads in /proc until a window titled "Sightline..." is mapped (as bench-startup.sh waits for it),
then prints each thread group's CPU at that moment, how long the main thread ran, waited for a core
(schedstat) and waited otherwise, and ends the workbench (SIGTERM).
  releng/scripts/window-threads.py PRODUCT HOME
HOME is the product's home for the run: HOME, XDG_CACHE_HOME and user.home point there (the first
start in a new HOME writes the workbench's class-data cache: run it once before measuring).
SIGHTLINE_VMARGS is passed on after -Duser.home. Needs xwininfo. docs/build.md, Start-up, "Session 7"."""
import collections
import os
import re
import signal
import subprocess
import sys
import time

if len(sys.argv) != 3:
    sys.exit(__doc__)
product, home = sys.argv[1], os.path.abspath(sys.argv[2])
if not os.environ.get('DISPLAY'):
    sys.exit('window-threads: no DISPLAY')
HZ = os.sysconf('SC_CLK_TCK')
env = dict(os.environ, HOME=home, XDG_CACHE_HOME=home + '/.cache',
           SIGHTLINE_VMARGS=('-Duser.home=' + home + ' ' + os.environ.get('SIGHTLINE_VMARGS', '')).strip())


def shown():
    """Whether a window titled "Sightline..." is mapped (not only named: SWT names hidden ones)."""
    tree = subprocess.run(['xwininfo', '-root', '-tree'], capture_output=True, text=True).stdout
    for m in re.finditer(r'^\s*(0x[0-9a-f]+) "Sightline', tree, re.M):
        info = subprocess.run(['xwininfo', '-id', m.group(1)], capture_output=True, text=True).stdout
        if 'IsViewable' in info:
            return True
    return False


def threads(pid):
    """tid -> (name, state, user+system CPU seconds)."""
    out = {}
    try:
        tids = os.listdir(f'/proc/{pid}/task')
    except OSError:
        return out
    for tid in tids:
        try:
            stat = open(f'/proc/{pid}/task/{tid}/stat').read()
        except OSError:
            continue
        name = stat[stat.index('(') + 1:stat.rindex(')')]
        f = stat[stat.rindex(')') + 2:].split()
        out[int(tid)] = (name, f[0], (int(f[11]) + int(f[12])) / HZ)
    return out


t0 = time.time()
with open(os.path.join(home, 'window-threads.log'), 'w') as log:
    p = subprocess.Popen([os.path.join(product, 'sightline')], env=env, stdout=log, stderr=subprocess.STDOUT)
# The main thread's state at each sample: R (running or runnable) or the system call it sleeps in.
states = collections.Counter()
last_check = 0.0
while True:
    if p.poll() is not None:
        sys.exit(f'window-threads: the workbench ended before its window showed (exit {p.returncode}; '
                 f'its output: {home}/window-threads.log)')
    now = threads(p.pid)
    java = [tid for tid in now if tid != p.pid and now[tid][0] == 'java']
    if java:
        main = min(java)  # the launcher's main thread is the first thread after the primordial one
        if now[main][1] == 'R':
            states['R'] += 1
        else:
            try:
                states['syscall ' + open(f'/proc/{p.pid}/task/{main}/syscall').read().split()[0]] += 1
            except OSError:
                pass
    t = time.time() - t0
    if t - last_check >= 0.1:
        last_check = t
        if shown():
            break
    time.sleep(0.05)
window = time.time() - t0
final = threads(p.pid)
main = min(tid for tid in final if tid != p.pid and final[tid][0] == 'java')
run_s, queue_s = (int(x) / 1e9 for x in open(f'/proc/{p.pid}/task/{main}/schedstat').read().split()[:2])
p.send_signal(signal.SIGTERM)
p.wait(120)

groups = collections.Counter()
for name, _, cpu in final.values():
    groups[re.sub(r'\d+', '#', name)] += cpu
print(f'window at {window:.2f} s; process CPU {sum(groups.values()):.2f} s; '
      f'load average {open("/proc/loadavg").read().split()[0]}')
for name, cpu in groups.most_common():
    if cpu >= 0.02:
        print(f'  {name:24s} {cpu:6.2f} s')
print(f'  main thread: ran {run_s:.2f} s, runnable waiting for a core {queue_s:.2f} s, '
      f'neither {window - run_s - queue_s:.2f} s')
print('  main thread samples (R: running or runnable; syscall 202: futex, 7: poll, 0: read):',
      ', '.join(f'{k} {v}' for k, v in states.most_common()))
