#!/bin/sh
# Starts a throw-away single-node Slurm (slurmctld and slurmd on this host, as root) whose
# configuration, state, logs and pid files all live in DIR. Usage: start-single-node.sh DIR CTLD_PORT SLURMD_PORT
# Stop it by killing the pids in DIR/slurmctld.pid and DIR/slurmd.pid.
set -eu
dir="$1"; ctld_port="$2"; slurmd_port="$3"
host="$(hostname -s)"
cpus="$(nproc)"
mkdir -p "$dir/state" "$dir/spool"
cat > "$dir/slurm.conf" <<CONF
ClusterName=capsule-test
SlurmctldHost=$host
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=capsule Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
# munge authenticates Slurm's messages; start it unless it runs already
if ! munge -n >/dev/null 2>&1; then
  [ -f /etc/munge/munge.key ] || mungekey --create 2>/dev/null || create-munge-key -f
  mkdir -p /run/munge && chown munge:munge /run/munge 2>/dev/null || true
  if id munge >/dev/null 2>&1; then su -s /bin/sh munge -c munged 2>/dev/null || munged --force; else munged --force; fi
fi
slurmctld -f "$dir/slurm.conf" -c
slurmd -f "$dir/slurm.conf"
