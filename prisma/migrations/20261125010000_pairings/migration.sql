-- CreateTable
CREATE TABLE "Pairing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "spaceId" TEXT,
    "spaceName" TEXT,
    "steps" TEXT NOT NULL DEFAULT '{}',
    "endedAt" DATETIME,
    "endReason" TEXT,
    "guardianAttendedAt" DATETIME,
    CONSTRAINT "Pairing_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- AddColumn (hand-written: a plain ADD COLUMN instead of Prisma's table rebuild)
ALTER TABLE "MenteeProfile" ADD COLUMN "region" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Pairing_mentorId_status_idx" ON "Pairing"("mentorId", "status");

-- CreateIndex
CREATE INDEX "Pairing_menteeId_status_idx" ON "Pairing"("menteeId", "status");

-- CreateIndex
CREATE INDEX "Pairing_status_idx" ON "Pairing"("status");

-- At most one pairing that is not ended per student (hand-written: Prisma has no partial indexes).
CREATE UNIQUE INDEX "Pairing_one_open_per_mentee" ON "Pairing"("menteeId") WHERE "status" <> 'ended';
