#include "SpeechKernels.h"

#include <math.h>
#include <stdatomic.h>

// a * b + c stays two roundings, as in the Swift loops these replace.
#pragma STDC FP_CONTRACT OFF

#if defined(__x86_64__) && defined(__linux__)
#define LOA_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LOA_CLONES
#endif

typedef float Float8 __attribute__((vector_size(32)));
typedef double Double4 __attribute__((vector_size(32)));
typedef long long Long4 __attribute__((vector_size(32)));

// TruePeakFilter.taps: taps per phase of the interpolator (its history is taps - 1 samples).
enum { taps = 13 };

// The widest version the processor runs, chosen at the first call: AVX-512 (sixteen samples,
// or eight lanes, at a time) where there is one, else the `target_clones` pair below.
#if defined(__x86_64__) && defined(__linux__)
#define LOA_WIDE 1
static _Atomic int loa_allows_avx512 = 1;

static int loa_has_avx512(void) {
  static _Atomic int known = -1;
  if (known < 0) known = __builtin_cpu_supports("avx512f") ? 1 : 0;
  return known && loa_allows_avx512;
}
#else
#define LOA_WIDE 0
#endif

/// The vector part of a true peak: from `n`, `width` samples at a time while `width` fit, the
/// largest square of a sample or of its three interpolated values into `square`; `n` is left
/// at the first sample not measured.
#define LOA_TRUE_PEAK_SQUARES(Vector, width)                                  \
  do {                                                                       \
    const float *c = coefficients;                                           \
    Vector best = {0};                                                       \
    for (; n + (width) <= end; n += (width)) {                               \
      Vector a = {0}, b = {0}, d = {0};                                      \
      for (int t = 0; t < taps; t++) {                                       \
        Vector x;                                                            \
        __builtin_memcpy(&x, samples + n - t, sizeof x);                     \
        a += x * c[t];                                                       \
        b += x * c[taps + t];                                                \
        d += x * c[2 * taps + t];                                            \
      }                                                                      \
      Vector s;                                                              \
      __builtin_memcpy(&s, samples + n, sizeof s);                           \
      best = __builtin_elementwise_max(best, s * s);                         \
      best = __builtin_elementwise_max(best, a * a);                         \
      best = __builtin_elementwise_max(best, b * b);                         \
      best = __builtin_elementwise_max(best, d * d);                         \
    }                                                                        \
    for (int lane = 0; lane < (width); lane++)                               \
      square = best[lane] > square ? best[lane] : square;                    \
  } while (0)

/// The true peak of samples `start..<end`: whole groups of eight through the vector loop (their
/// squares compared, then the root), the rest one by one (absolute values compared).
LOA_CLONES
static float loa_true_peak8(const float *samples, long start, long end, const float *coefficients) {
  const float *c = coefficients;
  long n = start;
  float square = 0;
  LOA_TRUE_PEAK_SQUARES(Float8, 8);
  float result = sqrtf(square);
  for (; n < end; n++) {
    float a = 0, b = 0, d = 0;
    for (int t = 0; t < taps; t++) {
      float x = samples[n - t];
      a += c[t] * x;
      b += c[taps + t] * x;
      d += c[2 * taps + t] * x;
    }
    float values[4] = {fabsf(samples[n]), fabsf(a), fabsf(b), fabsf(d)};
    for (int k = 0; k < 4; k++) result = values[k] > result ? values[k] : result;
  }
  return result;
}

#if LOA_WIDE
typedef float Float16 __attribute__((vector_size(64)));

/// `loa_true_peak8` sixteen samples at a time, the rest (under sixteen) through it: the same
/// samples take the vector path, every lane does the same operations, and the root of the
/// larger square is the larger root, so the value is the same.
__attribute__((target("avx512f")))
static float loa_true_peak16(
    const float *samples, long start, long end, const float *coefficients) {
  long n = start;
  float square = 0;
  LOA_TRUE_PEAK_SQUARES(Float16, 16);
  const float wide = sqrtf(square);
  const float rest = loa_true_peak8(samples, n, end, coefficients);
  return rest > wide ? rest : wide;
}
#endif

float loa_true_peak(const float *samples, long start, long end, const float *coefficients) {
#if LOA_WIDE
  if (loa_has_avx512()) return loa_true_peak16(samples, start, end, coefficients);
#endif
  return loa_true_peak8(samples, start, end, coefficients);
}

#if defined(__x86_64__) && defined(__linux__)
#define LOA_WIDE_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define LOA_WIDE_CLONES
#endif

/// The largest absolute value of `samples[start..<end]`, eight at a time.
LOA_CLONES
static float loa_sample_peak(const float *samples, long start, long end) {
  const Float8 zero = {0};
  Float8 best = zero;
  long n = start;
  for (; n + 8 <= end; n += 8) {
    Float8 x;
    __builtin_memcpy(&x, samples + n, sizeof x);
    best = __builtin_elementwise_max(best, __builtin_elementwise_abs(x));
  }
  float result = 0;
  for (int lane = 0; lane < 8; lane++) result = best[lane] > result ? best[lane] : result;
  for (; n < end; n++) {
    const float value = fabsf(samples[n]);
    result = value > result ? value : result;
  }
  return result;
}

float loa_track_peak(
    const float *samples, long start, long end, float peak, float bound,
    const float *coefficients) {
  for (long from = start; from < end; from += 64) {
    const long to = from + 64 < end ? from + 64 : end;
    if (loa_sample_peak(samples, from - taps + 1, to) * bound > peak) {
      const float block = loa_true_peak(samples, from, to, coefficients);
      peak = block > peak ? block : peak;
    }
  }
  return peak;
}

LOA_WIDE_CLONES
void loa_ramp(const float *input, float *output, long start, long end, float first, float slope) {
  // An int index: converting it to float vectorises on AVX2 too (chunks are far under 2^24
  // samples, where every index is exact as a float).
  for (int i = (int)start; i < (int)end; i++) output[i] = input[i] * (first + slope * (float)i);
}

/// `state` with values within ±`tiny` (1e-30) set to 0: denormals would slow the filter to a
/// crawl in long silences. `Long` is the integer vector of `state`'s width. (A macro: a function
/// taking a 256-bit vector by value would need the AVX calling convention in the baseline
/// version.)
#define LOA_FLUSH(state, tiny, Long)                                 \
  do {                                                               \
    const Long small = ((state) < (tiny)) & ((state) > -(tiny));     \
    (state) = (__typeof__(state))((Long)(state) & ~small);           \
  } while (0)

/// One sample `x` through both K-weighting sections (states s1, s2 and t1, t2), its square
/// added to `sum`: the same operations, in the same order, at every width.
#define LOA_K_WEIGHT_STEP(x)                  \
  do {                                        \
    const __typeof__(x) y = b0 * (x) + s1;    \
    s1 = b1 * (x) - a1 * y + s2;              \
    s2 = b2 * (x) - a2 * y;                   \
    const __typeof__(x) z = y + t1;           \
    t1 = -2 * y - c1 * z + t2;                \
    t2 = y - c2 * z;                          \
    sum += z * z;                             \
  } while (0)

LOA_CLONES
void loa_k_weight_lanes(
    const float *samples, long perLane, long subBlock, const double *shelf,
    const double *highPass, double *sums) {
  const long stride = perLane * subBlock;
  const Double4 b0 = {shelf[0], shelf[0], shelf[0], shelf[0]};
  const Double4 b1 = {shelf[1], shelf[1], shelf[1], shelf[1]};
  const Double4 b2 = {shelf[2], shelf[2], shelf[2], shelf[2]};
  const Double4 a1 = {shelf[3], shelf[3], shelf[3], shelf[3]};
  const Double4 a2 = {shelf[4], shelf[4], shelf[4], shelf[4]};
  const Double4 c1 = {highPass[3], highPass[3], highPass[3], highPass[3]};
  const Double4 c2 = {highPass[4], highPass[4], highPass[4], highPass[4]};
  const Double4 tiny = {1e-30, 1e-30, 1e-30, 1e-30};
  Double4 s1 = {0}, s2 = {0}, t1 = {0}, t2 = {0};
  for (long block = 0; block <= perLane; block++) {
    Double4 sum = {0};
    const long first = block * subBlock;
    for (long n = first; n < first + subBlock; n++) {
      const Double4 x = {
          samples[n], samples[n + stride], samples[n + 2 * stride], samples[n + 3 * stride]};
      LOA_K_WEIGHT_STEP(x);
    }
    for (int lane = 0; lane < 4; lane++) sums[block * 4 + lane] = sum[lane];
    LOA_FLUSH(s1, tiny, Long4);
    LOA_FLUSH(s2, tiny, Long4);
    LOA_FLUSH(t1, tiny, Long4);
    LOA_FLUSH(t2, tiny, Long4);
  }
}

#if LOA_WIDE
typedef double Double8 __attribute__((vector_size(64)));
typedef long long Long8 __attribute__((vector_size(64)));

/// `loa_k_weight_lanes` on two frames at once in eight lanes: the four lanes of the frame at
/// `samples`, then the four of the frame at `samples + second`. Each lane does the same
/// operations in the same order as in the four-lane version.
__attribute__((target("avx512f")))
static void loa_k_weight_lanes8(
    const float *samples, long second, long perLane, long subBlock, const double *shelf,
    const double *highPass, double *sums, double *secondSums) {
  const long stride = perLane * subBlock;
  const float *lanes[8];
  for (int lane = 0; lane < 8; lane++) {
    lanes[lane] = samples + (lane / 4) * second + (lane % 4) * stride;
  }
  const Double8 zero = {0};
  const Double8 b0 = zero + shelf[0], b1 = zero + shelf[1], b2 = zero + shelf[2];
  const Double8 a1 = zero + shelf[3], a2 = zero + shelf[4];
  const Double8 c1 = zero + highPass[3], c2 = zero + highPass[4];
  const Double8 tiny = zero + 1e-30;
  Double8 s1 = zero, s2 = zero, t1 = zero, t2 = zero;
  for (long block = 0; block <= perLane; block++) {
    Double8 sum = zero;
    const long first = block * subBlock;
    for (long n = first; n < first + subBlock; n++) {
      const Double8 x = {
          lanes[0][n], lanes[1][n], lanes[2][n], lanes[3][n],
          lanes[4][n], lanes[5][n], lanes[6][n], lanes[7][n]};
      LOA_K_WEIGHT_STEP(x);
    }
    for (int lane = 0; lane < 4; lane++) {
      sums[block * 4 + lane] = sum[lane];
      secondSums[block * 4 + lane] = sum[4 + lane];
    }
    LOA_FLUSH(s1, tiny, Long8);
    LOA_FLUSH(s2, tiny, Long8);
    LOA_FLUSH(t1, tiny, Long8);
    LOA_FLUSH(t2, tiny, Long8);
  }
}
#endif

void loa_k_weight_frames(
    const float *samples, long second, long perLane, long subBlock, const double *shelf,
    const double *highPass, double *sums, double *secondSums) {
#if LOA_WIDE
  if (loa_has_avx512()) {
    loa_k_weight_lanes8(
        samples, second, perLane, subBlock, shelf, highPass, sums, secondSums);
    return;
  }
#endif
  loa_k_weight_lanes(samples, perLane, subBlock, shelf, highPass, sums);
  loa_k_weight_lanes(samples + second, perLane, subBlock, shelf, highPass, secondSums);
}

int loa_kernels_allow_avx512(int allow) {
#if LOA_WIDE
  return atomic_exchange(&loa_allows_avx512, allow);
#else
  (void)allow;
  return 0;
#endif
}

LOA_WIDE_CLONES
void loa_engine_samples(const void *bytes, float *output, long count) {
  const unsigned char *raw = bytes;
  for (long i = 0; i < count; i++) {
    short value;
    __builtin_memcpy(&value, raw + 2 * i, sizeof value);
    output[i] = (float)value * (1.0f / 32768.0f);
  }
}
