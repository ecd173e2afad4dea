#include "SpeechKernels.h"

#include <math.h>

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

LOA_CLONES
float loa_true_peak(const float *samples, long start, long end, const float *coefficients) {
  const float *c = coefficients;
  Float8 best = {0};
  long n = start;
  for (; n + 8 <= end; n += 8) {
    Float8 a = {0}, b = {0}, d = {0};
    for (int t = 0; t < taps; t++) {
      Float8 x;
      __builtin_memcpy(&x, samples + n - t, sizeof x);
      a += x * c[t];
      b += x * c[taps + t];
      d += x * c[2 * taps + t];
    }
    Float8 s;
    __builtin_memcpy(&s, samples + n, sizeof s);
    best = __builtin_elementwise_max(best, s * s);
    best = __builtin_elementwise_max(best, a * a);
    best = __builtin_elementwise_max(best, b * b);
    best = __builtin_elementwise_max(best, d * d);
  }
  float square = 0;
  for (int lane = 0; lane < 8; lane++) square = best[lane] > square ? best[lane] : square;
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

/// `state` with values within ±1e-30 set to 0: denormals would slow the filter to a crawl in
/// long silences. (A macro: a function taking a 256-bit vector by value would need the AVX
/// calling convention in the baseline version.)
#define LOA_FLUSH(state)                                              \
  do {                                                                \
    const Double4 tiny = {1e-30, 1e-30, 1e-30, 1e-30};                \
    const Long4 small = ((state) < tiny) & ((state) > -tiny);         \
    (state) = (Double4)((Long4)(state) & ~small);                     \
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
  Double4 s1 = {0}, s2 = {0}, t1 = {0}, t2 = {0};
  for (long block = 0; block <= perLane; block++) {
    Double4 sum = {0};
    const long first = block * subBlock;
    for (long n = first; n < first + subBlock; n++) {
      const Double4 x = {
          samples[n], samples[n + stride], samples[n + 2 * stride], samples[n + 3 * stride]};
      const Double4 y = b0 * x + s1;
      s1 = b1 * x - a1 * y + s2;
      s2 = b2 * x - a2 * y;
      const Double4 z = y + t1;
      t1 = -2 * y - c1 * z + t2;
      t2 = y - c2 * z;
      sum += z * z;
    }
    for (int lane = 0; lane < 4; lane++) sums[block * 4 + lane] = sum[lane];
    LOA_FLUSH(s1);
    LOA_FLUSH(s2);
    LOA_FLUSH(t1);
    LOA_FLUSH(t2);
  }
}
