#!/bin/sh
# emend ocr over a Slurm job array: one array task per shard (emend ocr
# --shard K/N), then a merge job that runs when every shard has ended
# (emend ocr --merge, which checks that every page is recorded).
#
#   scripts/ocr-slurm.sh [-n SHARDS] [-c CPUS] [-e EMEND] [-o OPTIONS] OUTPUT_DIR INPUT...
#
# SHARDS defaults to 8, CPUS (pages at once in each shard, one Tesseract
# engine per CPU) to 2. OPTIONS (-o, which may be given more than once) are
# more of emend ocr's options for every shard, split at white space
# (-o '--no-script-repair --binarization otsu'). Logs go to
# OUTPUT_DIR/slurm/. A shard that is stopped
# (time limit, preemption, node failure) loses only the page in hand: submit
# again with the same arguments and the shards skip the pages already
# recorded. A shard whose pages partly failed (exit 5) still lets the merge
# run; the merge names those pages and exits 4 itself.
set -eu

shards=8 cpus=2
emend=$(cd "$(dirname "$0")/.." && pwd)/build/cli/emend
options=""
while getopts n:c:e:o: option; do
  case $option in
    n) shards=$OPTARG ;;
    c) cpus=$OPTARG ;;
    e) emend=$OPTARG ;;
    o) options="$options $OPTARG" ;;
    *) echo "usage: $0 [-n SHARDS] [-c CPUS] [-e EMEND] [-o OPTIONS] OUTPUT_DIR INPUT..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || { echo "usage: $0 [-n SHARDS] [-c CPUS] [-e EMEND] [-o OPTIONS] OUTPUT_DIR INPUT..." >&2; exit 2; }
command -v sbatch >/dev/null || { echo "ocr-slurm: sbatch not found (Debian package slurm-client)" >&2; exit 1; }
[ -x "$emend" ] || { echo "ocr-slurm: $emend: not built" >&2; exit 1; }

# Single-quoted for a shell script, with any single quote inside kept.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

out=$1; shift
mkdir -p "$out/slurm"
out=$(cd "$out" && pwd)
shard_options=""
set -f  # the options' words are not file patterns
for word in $options; do shard_options="$shard_options $(quote "$word")"; done
set +f
args=""
for input in "$@"; do
  case $input in /*) ;; *) input=$(pwd)/$input ;; esac
  [ -f "$input" ] || { echo "ocr-slurm: $input: no such file" >&2; exit 1; }
  args="$args $(quote "$input")"
done

shard_job=$out/slurm/shard.sh
cat > "$shard_job" <<JOB
#!/bin/sh
# One shard of emend ocr (written by scripts/ocr-slurm.sh).
export OMP_THREAD_LIMIT=1
$(quote "$emend") ocr --shard "\$SLURM_ARRAY_TASK_ID/$shards" --jobs $cpus -o $(quote "$out")$shard_options $args
status=\$?
# Some pages failed (5): the merge reports them; anything else stops it.
[ \$status -eq 5 ] && exit 0
exit \$status
JOB
merge_job=$out/slurm/merge.sh
cat > "$merge_job" <<JOB
#!/bin/sh
# The merge of emend ocr's shards (written by scripts/ocr-slurm.sh).
exec $(quote "$emend") ocr --merge -o $(quote "$out") $args
JOB

array=$(sbatch --parsable --job-name=emend-ocr --array="1-$shards" --cpus-per-task="$cpus" \
  --output="$out/slurm/shard-%a.log" "$shard_job")
merge=$(sbatch --parsable --job-name=emend-ocr-merge --dependency="afterok:$array" \
  --output="$out/slurm/merge.log" "$merge_job")
echo "ocr-slurm: shards in job $array (1-$shards), merge in job $merge; logs in $out/slurm/"
