import LoaStudio
/// `loa-bench`: release-build benchmarks (see README).
print("loa-bench: chưa có phép đo nào.")
