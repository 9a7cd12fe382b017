// SHA-256 block compression with the x86-64 SHA extensions (sha256rnds2, sha256msg1,
// sha256msg2): four rounds per step on 128-bit registers. The instructions keep the eight
// working words in two registers, one holding A, B, E, F and the other C, D, G, H, so the
// state is rearranged on the way in and back on the way out.
#include "CSHA256.h"

// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
static const uint32_t round_constants[64] __attribute__((aligned(16))) = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

const uint32_t *sectrack_sha256_round_constants(void) { return round_constants; }

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>

int sectrack_sha256_hardware_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const int ssse3 = (ecx >> 9) & 1, sse41 = (ecx >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const int sha = (ebx >> 29) & 1;
    return ssse3 && sse41 && sha;
}

__attribute__((target("sha,sse4.1,ssse3")))
void sectrack_sha256_hardware_blocks(uint32_t state[8], const uint8_t *blocks, size_t count) {
    // Each 32-bit word of a block is big-endian: this shuffle reverses the bytes of each.
    const __m128i big_endian = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

    // In: [a b c d] and [e f g h] (lowest word first). Out: [f e b a] (ABEF) and [h g d c] (CDGH).
    const __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
    const __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
    const __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);
    const __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
    __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);

    for (; count > 0; count--, blocks += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        // The message schedule, four words at a time; words[k % 4] holds words 4k to 4k + 3.
        __m128i words[4];
        for (int k = 0; k < 16; k++) {
            if (k < 4) {
                words[k] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * k)), big_endian);
            } else {
                // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16]: msg1 adds the s0 terms to the
                // words four groups back, the words seven back are added as they are, msg2 adds s1.
                const __m128i back4 = words[k % 4], back3 = words[(k + 1) % 4];
                const __m128i back2 = words[(k + 2) % 4], back1 = words[(k + 3) % 4];
                const __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(back4, back3),
                                                      _mm_alignr_epi8(back1, back2, 4));
                words[k % 4] = _mm_sha256msg2_epu32(partial, back1);
            }
            __m128i sums = _mm_add_epi32(words[k % 4], _mm_load_si128((const __m128i *)&round_constants[4 * k]));
            // Two rounds on the low two sums, then two on the high two; each call returns the new
            // A, B, E, F, and the old A, B, E, F are the new C, D, G, H.
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sums);
            sums = _mm_shuffle_epi32(sums, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, sums);
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    // Back to [a b c d] and [e f g h].
    const __m128i abef_reversed = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i ghcd = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(abef_reversed, ghcd, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(ghcd, abef_reversed, 8));
}

#else

int sectrack_sha256_hardware_available(void) { return 0; }

void sectrack_sha256_hardware_blocks(uint32_t state[8], const uint8_t *blocks, size_t count) {
    (void)state;
    (void)blocks;
    (void)count;
}

#endif
