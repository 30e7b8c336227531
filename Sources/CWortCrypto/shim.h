// Per-cell digests and HMAC through OpenSSL's low-level hash functions. OpenSSL 3's
// one-shot SHA256() and HMAC() fetch an algorithm object behind a lock on every call
// (measured: 900 ns a cell, threads queueing on a rwlock); the low-level contexts are
// plain structs, so a cell costs one init and the block function (SHA-NI where present).
// HMAC keeps the inner and outer states after the key pads and copies them per cell.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <openssl/md5.h>
#include <string.h>
#include <stdint.h>

enum { WORT_MD5 = 0, WORT_SHA1 = 1, WORT_SHA256 = 2, WORT_SHA512 = 3 };

typedef union {
    MD5_CTX md5;
    SHA_CTX sha1;
    SHA256_CTX sha256;
    SHA512_CTX sha512;
} wort_hash_ctx;

static inline int wort_digest_length(int kind) {
    switch (kind) { case WORT_MD5: return 16; case WORT_SHA1: return 20; case WORT_SHA256: return 32; default: return 64; }
}

static inline int wort_block_length(int kind) { return kind == WORT_SHA512 ? 128 : 64; }

static inline void wort_init(int kind, wort_hash_ctx *c) {
    switch (kind) {
    case WORT_MD5: MD5_Init(&c->md5); break;
    case WORT_SHA1: SHA1_Init(&c->sha1); break;
    case WORT_SHA256: SHA256_Init(&c->sha256); break;
    default: SHA512_Init(&c->sha512); break;
    }
}

static inline void wort_update(int kind, wort_hash_ctx *c, const void *d, size_t n) {
    switch (kind) {
    case WORT_MD5: MD5_Update(&c->md5, d, n); break;
    case WORT_SHA1: SHA1_Update(&c->sha1, d, n); break;
    case WORT_SHA256: SHA256_Update(&c->sha256, d, n); break;
    default: SHA512_Update(&c->sha512, d, n); break;
    }
}

static inline void wort_final(int kind, wort_hash_ctx *c, uint8_t *md) {
    switch (kind) {
    case WORT_MD5: MD5_Final(md, &c->md5); break;
    case WORT_SHA1: SHA1_Final(md, &c->sha1); break;
    case WORT_SHA256: SHA256_Final(md, &c->sha256); break;
    default: SHA512_Final(md, &c->sha512); break;
    }
}

/// md = H(d); md holds at least 64 bytes.
static inline void wort_digest(int kind, const void *d, size_t n, uint8_t *md) {
    wort_hash_ctx c;
    wort_init(kind, &c);
    wort_update(kind, &c, d, n);
    wort_final(kind, &c, md);
}

/// The states after absorbing key^ipad and key^opad (RFC 2104).
static inline void wort_hmac_prepare(int kind, const uint8_t *key, size_t keylen,
                                     wort_hash_ctx *inner, wort_hash_ctx *outer) {
    uint8_t k[128], pad[128];
    int block = wort_block_length(kind);
    memset(k, 0, sizeof k);
    if ((int)keylen > block) { wort_digest(kind, key, keylen, k); } else if (keylen > 0) { memcpy(k, key, keylen); }
    for (int i = 0; i < block; i++) pad[i] = k[i] ^ 0x36;
    wort_init(kind, inner); wort_update(kind, inner, pad, block);
    for (int i = 0; i < block; i++) pad[i] = k[i] ^ 0x5c;
    wort_init(kind, outer); wort_update(kind, outer, pad, block);
}

static inline void wort_hmac(int kind, const wort_hash_ctx *inner, const wort_hash_ctx *outer,
                             const void *d, size_t n, uint8_t *md) {
    wort_hash_ctx c = *inner;
    uint8_t h[64];
    wort_update(kind, &c, d, n);
    wort_final(kind, &c, h);
    c = *outer;
    wort_update(kind, &c, h, wort_digest_length(kind));
    wort_final(kind, &c, md);
}
