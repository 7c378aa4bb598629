#pragma once

class QCoreApplication;

namespace callstop {
// Loads the embedded translations: English plural forms always, then the system language's translation if shipped.
void installTranslations(QCoreApplication* app);
} // namespace callstop
