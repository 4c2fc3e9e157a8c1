package org.sightline.nlp.internal.learn;

/**
 * 64-bit keys for sparse features: a template number combined with up to four atom values (word hashes,
 * tag and label numbers, distances). At 64 bits two different features share a key with negligible
 * probability, so feature tables keep no strings, and strings are hashed once per token.
 */
public final class Hashing {

    private Hashing() {
    }

    /** 64-bit FNV-1a of a string's chars. */
    public static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** FNV-1a of {@code s[from, to)}. */
    public static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the whole key. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    public static long key(int template, long a) {
        return mix(mix(template * 0x9E3779B97F4A7C15L + a) + 0x632BE59BD9B4E019L);
    }

    public static long key(int template, long a, long b) {
        return mix(key(template, a) ^ b * 0x9E3779B97F4A7C15L);
    }

    public static long key(int template, long a, long b, long c) {
        return mix(key(template, a, b) ^ c * 0xC2B2AE3D27D4EB4FL);
    }

    public static long key(int template, long a, long b, long c, long d) {
        return mix(key(template, a, b, c) ^ d * 0x165667B19E3779F9L);
    }
}
