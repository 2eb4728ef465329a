#!/bin/sh
# scripts/ocr-slurm.sh on a one-node Slurm cluster of the test's own: munged,
# slurmctld and slurmd started from a temporary folder on private ports, two
# shards of two small inputs as a job array (three pages of a line each, cut
# from the sample pages: tests/data/ocr/README.md), then the merge job; the
# merged text must be what one `emend ocr` run writes. Skipped (77) without Slurm
# (Debian slurm-wlm and munge) or when not run as root (slurmd starts jobs
# as their user).
#
#   slurm_test.sh EMEND SOURCE_DIR WORK_DIR
set -eu

emend=$1 root=$2 work=$3
PATH=$PATH:/usr/sbin
for tool in munged slurmctld slurmd sbatch squeue sinfo; do
  command -v $tool >/dev/null || { echo "slurm_test: $tool missing: skipped"; exit 77; }
done
[ "$(id -u)" -eq 0 ] || { echo "slurm_test: not root: skipped"; exit 77; }

rm -rf "$work"
mkdir -p "$work/munge" "$work/spool" "$work/state" "$work/log"
chmod 700 "$work/munge"
cleanup() {
  for pidfile in "$work/slurmd.pid" "$work/slurmctld.pid" "$work/munge/pid"; do
    [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
}
trap cleanup EXIT

dd if=/dev/urandom of="$work/munge/key" bs=1024 count=1 2>/dev/null
chmod 400 "$work/munge/key"
munged --force --key-file="$work/munge/key" --socket="$work/munge/socket" \
  --pid-file="$work/munge/pid" --log-file="$work/munge/log" --seed-file="$work/munge/seed"

port=$((20000 + $$ % 20000))
host=$(hostname -s)
cat > "$work/slurm.conf" <<CONF
ClusterName=emendtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$work/munge/socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
# Jobs are scheduled when they are submitted, not on the next of the
# scheduler's passes (up to 3 s later by default, which batches a busy
# cluster's submissions).
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"

# What one run writes, made while the cluster starts (slurmctld schedules
# nothing in its first three seconds). Without the script repair here and in
# the shards (-o): each of the three runs would load Hunspell's dictionaries
# for it, and sharding does not touch it (emend_ocr_tests' ShardRunTest
# shards with it). One job: a second worker would start a second engine
# (about a third of a second) for three lines.
data=$root/tests/data/ocr
OMP_THREAD_LIMIT=1 "$emend" ocr "$data/two-lines.tif" "$data/footnote-line.png" -o "$work/whole" --no-progress \
  --jobs 1 --no-script-repair

# The node comes up idle within a minute (polled five times a second: the
# test waits no longer than Slurm takes).
tries=0
until sinfo -h -o '%t' 2>/dev/null | grep -qx idle; do
  tries=$((tries + 1))
  [ $tries -le 300 ] || { echo "slurm_test: the node did not come up"; cat "$work/log/"*.log; exit 1; }
  sleep 0.2
done

"$root/scripts/ocr-slurm.sh" -n 2 -c 1 -e "$emend" -o --no-script-repair "$work/out" "$data/two-lines.tif" \
  "$data/footnote-line.png"
tries=0
while [ -n "$(squeue -h -o '%i' 2>/dev/null)" ]; do
  tries=$((tries + 1))
  [ $tries -le 3000 ] || { echo "slurm_test: the jobs did not end"; squeue; exit 1; }
  sleep 0.2
done

status=0
for name in two-lines.txt two-lines.hocr footnote-line.txt footnote-line.hocr; do
  if ! cmp -s "$work/out/$name" "$work/whole/$name"; then
    echo "slurm_test: $name differs from one run's (or is missing)"
    status=1
  fi
done
grep -q "pages," "$work/out/slurm/shard-1.log" || { echo "slurm_test: no progress in the shard's log"; status=1; }
[ $status -eq 0 ] || { tail -n 20 "$work/out/slurm/"*.log "$work/log/"*.log; exit 1; }
echo "slurm_test: 2 shards and the merge ran on a one-node cluster; outputs as one run's"
