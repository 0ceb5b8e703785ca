-- CreateTable
CREATE TABLE "DashboardLink" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME
);

-- CreateTable
CREATE TABLE "DashboardSession" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "endedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "DashboardLink_expiresAt_idx" ON "DashboardLink"("expiresAt");

-- CreateIndex
CREATE INDEX "DashboardSession_platform_userId_idx" ON "DashboardSession"("platform", "userId");
