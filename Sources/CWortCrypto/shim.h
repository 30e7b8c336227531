// OpenSSL libcrypto one-shot digests and HMAC (SHA-NI where the CPU has it).
#include <openssl/sha.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>
