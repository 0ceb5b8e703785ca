-- CreateTable
CREATE TABLE "DashboardLink" (
    "tokenHash" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "DashboardLink_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "DashboardSession" (
    "tokenHash" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "DashboardSession_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "DashboardLink_expiresAt_idx" ON "DashboardLink"("expiresAt");

-- CreateIndex
CREATE INDEX "DashboardSession_platform_userId_idx" ON "DashboardSession"("platform", "userId");
