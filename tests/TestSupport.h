#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace callstop::test {

// A loopback port where nothing listens: it was free a moment ago, so connecting to it is refused.
inline quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Writes a sample file into a test's temporary folder and returns its path; a test cannot go on without it.
inline QString writeSampleFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the sample file %s", qPrintable(path));
    return path;
}

// Data rows "csv" and "expected" for every sample export under tests/data/csv and the file of what it must yield.
inline void addCsvSampleRows()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("expected");
    const QDir dir(QStringLiteral(CALLSTOP_TEST_DATA "/csv"));
    const auto files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    if (files.size() < 15)
        qFatal("the CSV samples are missing");
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f)
                                     << dir.filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".expected"));
}

} // namespace callstop::test
