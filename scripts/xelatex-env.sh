# Sourced before XeLaTeX runs (`make pdf`, the PDF tests): glibc's malloc
# asks the kernel for huge pages (the tunable glibc.malloc.hugetlb=1, glibc
# 2.35 and later; an older glibc ignores it). XeTeX fills some 180 MB of
# arrays at each start: where the kernel gives transparent huge pages only
# when asked (/sys/kernel/mm/transparent_hugepage/enabled "madvise", as on
# the project's machine), that is 46,000 page faults a run in 4 KB pages and
# 4,000 in 2 MB ones, 0.4 s of CPU less each XeLaTeX run; the PDF is the same,
# byte for byte. A GLIBC_TUNABLES already set is kept, the setting added.
case ":${GLIBC_TUNABLES:-}:" in
  *:glibc.malloc.hugetlb=*) ;;
  *) GLIBC_TUNABLES=${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1 ;;
esac
export GLIBC_TUNABLES
