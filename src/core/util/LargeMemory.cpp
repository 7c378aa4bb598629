#include "LargeMemory.h"

#include <QtGlobal>

#include <cstdint>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace callstop {

void adviseHugePages(void* data, std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr std::size_t HugePage = 2 * 1024 * 1024;
    static const bool off = qEnvironmentVariableIntValue("CALLSTOP_NO_HUGE_PAGES") == 1;
    if (off || bytes < 2 * HugePage)
        return;
    // Only whole huge pages inside the block: the advice must not reach memory around it.
    char* const first = static_cast<char*>(data);
    const std::size_t misalignment = reinterpret_cast<std::uintptr_t>(first) % HugePage;
    const std::size_t skip = misalignment == 0 ? 0 : HugePage - misalignment;
    const std::size_t length = (bytes - skip) / HugePage * HugePage;
    if (length > 0)
        ::madvise(first + skip, length, MADV_HUGEPAGE);
#else
    Q_UNUSED(data)
    Q_UNUSED(bytes)
#endif
}

} // namespace callstop
