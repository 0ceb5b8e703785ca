-- AlterTable
ALTER TABLE "MenteeProfile" ADD COLUMN     "region" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Pairing" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "spaceId" TEXT,
    "spaceName" TEXT,
    "steps" TEXT NOT NULL DEFAULT '{}',
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "guardianAttendedAt" TIMESTAMP(3),

    CONSTRAINT "Pairing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Pairing_mentorId_status_idx" ON "Pairing"("mentorId", "status");

-- CreateIndex
CREATE INDEX "Pairing_menteeId_status_idx" ON "Pairing"("menteeId", "status");

-- CreateIndex
CREATE INDEX "Pairing_status_idx" ON "Pairing"("status");

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- At most one pairing that is not ended per student (hand-written: Prisma has no partial indexes).
CREATE UNIQUE INDEX "Pairing_one_open_per_mentee" ON "Pairing"("menteeId") WHERE "status" <> 'ended';
