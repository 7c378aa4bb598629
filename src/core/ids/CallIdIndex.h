#pragma once

#include "CallId.h"
#include "util/LargeMemory.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include <QtGlobal>

namespace callstop {

// A hash index from call IDs to values below 2^26 (row numbers, positions in a list) that stores only the values:
// the IDs themselves stay where they already are, and keyAt(value) fetches them. Four bytes a slot at a load of at
// most one half: about 8 bytes per entry, where a QHash<CallId, int> takes 40 or more. The six spare bits of a slot
// hold bits of the hash, so that most probes of other IDs are rejected without reading their key (a cache miss).
// Open addressing with linear probing; the hash mixes the ID's bytes with a per-process seed so crafted input cannot
// force long probes.
class CallIdIndex final
{
public:
    static constexpr std::uint32_t NotFound = 0xffffffffu;
    static constexpr int ValueBits = 26;
    static constexpr std::uint32_t MaxValue = (1u << ValueBits) - 2;

    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }
    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(std::uint32_t); }

    template<typename KeyAt> std::uint32_t find(const CallId& id, KeyAt keyAt) const
    {
        if (m_slots.empty())
            return NotFound;
        const std::size_t mask = m_slots.size() - 1;
        const std::size_t h = hash(id);
        const std::uint32_t tag = tagOf(h);
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t slot = m_slots[i];
            if (slot == 0)
                return NotFound;
            if ((slot & TagMask) == tag && keyAt((slot & ValueMask) - 1) == id)
                return (slot & ValueMask) - 1;
        }
    }

    // Inserts id -> value unless id is present; returns the value already stored for it, or NotFound when inserted.
    template<typename KeyAt> std::uint32_t insert(const CallId& id, std::uint32_t value, KeyAt keyAt)
    {
        Q_ASSERT(value <= MaxValue);
        if ((m_size + 1) * 2 > m_slots.size())
            grow(keyAt);
        const std::size_t mask = m_slots.size() - 1;
        const std::size_t h = hash(id);
        const std::uint32_t tag = tagOf(h);
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t slot = m_slots[i];
            if (slot == 0) {
                m_slots[i] = (value + 1) | tag;
                ++m_size;
                return NotFound;
            }
            if ((slot & TagMask) == tag && keyAt((slot & ValueMask) - 1) == id)
                return (slot & ValueMask) - 1;
        }
    }

    // Asks the processor to fetch the slot where id's probe starts, so that an insert or find a little later does
    // not wait for memory (a table of a million entries is far larger than the caches). Only a hint.
    void prefetch(const CallId& id) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hash(id) & (m_slots.size() - 1)], 1);
    }

    template<typename KeyAt> void reserve(std::size_t entries, KeyAt keyAt)
    {
        std::size_t capacity = 16;
        while (capacity < entries * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity, keyAt);
    }

private:
    static constexpr std::uint32_t ValueMask = (1u << ValueBits) - 1;
    static constexpr std::uint32_t TagMask = ~ValueMask;
    // The top bits of the hash; the index uses the low bits.
    static std::uint32_t tagOf(std::size_t h) { return std::uint32_t(h >> 58) << ValueBits; }

    static std::size_t hash(const CallId& id)
    {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        std::memcpy(&a, id.bytes().data(), 8);
        std::memcpy(&b, id.bytes().data() + 8, 8);
        std::uint64_t h = (a ^ seed()) * 0x9e3779b97f4a7c15ull;
        h ^= (b + (h >> 29)) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 32;
        return std::size_t(h * 0x94d049bb133111ebull);
    }
    static std::uint64_t seed();

    template<typename KeyAt> void grow(KeyAt keyAt) { rehash(m_slots.empty() ? 16 : m_slots.size() * 2, keyAt); }

    template<typename KeyAt> void rehash(std::size_t capacity, KeyAt keyAt)
    {
        std::vector<std::uint32_t> old;
        old.reserve(capacity);
        adviseHugePages(old.data(), capacity * sizeof(std::uint32_t));
        old.resize(capacity, 0);
        old.swap(m_slots);
        const std::size_t mask = capacity - 1;
        for (std::uint32_t slot : old) {
            if (slot == 0)
                continue;
            std::size_t i = hash(keyAt((slot & ValueMask) - 1)) & mask;
            while (m_slots[i] != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<std::uint32_t> m_slots; // 0: empty; else value + 1
    std::size_t m_size = 0;
};

} // namespace callstop
