-- AlterTable
ALTER TABLE "Member" ADD COLUMN "forgetRequestedAt" DATETIME;

-- AlterTable
ALTER TABLE "MenteeProfile" ADD COLUMN "turns18" TEXT;

