-- CreateTable
CREATE TABLE "PlannedMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pairingId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "minutes" INTEGER NOT NULL,
    "place" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL,
    "plannedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlannedMeeting_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingAnswer" (
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,

    PRIMARY KEY ("meetingId", "memberId", "kind"),
    CONSTRAINT "MeetingAnswer_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "PlannedMeeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PlannedMeeting_pairingId_status_idx" ON "PlannedMeeting"("pairingId", "status");

-- CreateIndex
CREATE INDEX "PlannedMeeting_status_startsAt_idx" ON "PlannedMeeting"("status", "startsAt");
