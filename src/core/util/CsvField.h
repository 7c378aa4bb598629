#pragma once

#include <QString>

namespace callstop {

// A value as one CSV field: quoted (with doubled quotes) when it holds a separator, a quote or a line break.
inline QString csvField(QString value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace callstop
