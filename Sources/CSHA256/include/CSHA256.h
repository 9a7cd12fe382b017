#ifndef SECTRACK_CSHA256_H
#define SECTRACK_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA-256 instructions (x86-64 SHA extensions, with the
/// SSSE3 and SSE4.1 they are used with). Asked of the processor itself (CPUID), so a virtual
/// CPU that hides them, as valgrind's does, answers 0.
int sectrack_sha256_hardware_available(void);

/// Mixes `count` whole 64-byte blocks starting at `blocks` into `state` (the eight working
/// words a to h of FIPS 180-4) with the SHA-256 instructions. Call it only when
/// sectrack_sha256_hardware_available() returns 1; elsewhere it leaves `state` unchanged.
void sectrack_sha256_hardware_blocks(uint32_t state[8], const uint8_t *blocks, size_t count);

/// The 64 round constants of SHA-256 (FIPS 180-4, section 4.2.2), for the Swift rounds too.
const uint32_t *sectrack_sha256_round_constants(void);

#endif
