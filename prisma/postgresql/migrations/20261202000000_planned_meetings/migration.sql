-- CreateTable
CREATE TABLE "PlannedMeeting" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "place" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL,
    "plannedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlannedMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAnswer" (
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingAnswer_pkey" PRIMARY KEY ("meetingId","memberId","kind")
);

-- CreateIndex
CREATE INDEX "PlannedMeeting_pairingId_status_idx" ON "PlannedMeeting"("pairingId", "status");

-- CreateIndex
CREATE INDEX "PlannedMeeting_status_startsAt_idx" ON "PlannedMeeting"("status", "startsAt");

-- AddForeignKey
ALTER TABLE "PlannedMeeting" ADD CONSTRAINT "PlannedMeeting_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAnswer" ADD CONSTRAINT "MeetingAnswer_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "PlannedMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
