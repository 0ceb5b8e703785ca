-- CreateTable
CREATE TABLE "MeetingLog" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "meetingOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pause" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "until" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduledSend" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "ScheduledSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLock" (
    "job" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLock_pkey" PRIMARY KEY ("job")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "sent" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("job","period")
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

-- AddForeignKey
ALTER TABLE "MeetingLog" ADD CONSTRAINT "MeetingLog_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pause" ADD CONSTRAINT "Pause_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

