#include "CallIdIndex.h"

#include <QRandomGenerator>

namespace callstop {

std::uint64_t CallIdIndex::seed()
{
    static const std::uint64_t s = QRandomGenerator::system()->generate64();
    return s;
}

} // namespace callstop
