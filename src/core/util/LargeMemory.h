#pragma once

#include <cstddef>

namespace callstop {

// Asks the system to back a large, long-lived block (an index or list of a million entries) with huge pages where it
// can: a random probe then costs no page-table walk, and filling the block takes a few page faults instead of
// thousands. Advice only; nothing changes where the system does not support it. CALLSTOP_NO_HUGE_PAGES=1 turns the
// advice off (to measure without it, or where huge pages do harm).
void adviseHugePages(void* data, std::size_t bytes);

} // namespace callstop
