-- CreateTable
CREATE TABLE "MeetingLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pairingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "meetingOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    CONSTRAINT "MeetingLog_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pause" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pairingId" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "until" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Pause_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScheduledSend" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "JobLock" (
    "job" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "sent" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,

    PRIMARY KEY ("job", "period")
);

-- CreateIndex
CREATE INDEX "MeetingLog_pairingId_meetingOn_idx" ON "MeetingLog"("pairingId", "meetingOn");

-- CreateIndex
CREATE INDEX "MeetingLog_memberId_createdAt_idx" ON "MeetingLog"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "MeetingLog_meetingOn_idx" ON "MeetingLog"("meetingOn");

-- CreateIndex
CREATE INDEX "Pause_pairingId_idx" ON "Pause"("pairingId");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledSend_key_key" ON "ScheduledSend"("key");

-- CreateIndex
CREATE INDEX "ScheduledSend_job_period_status_idx" ON "ScheduledSend"("job", "period", "status");

