-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "forgetRequestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MenteeProfile" ADD COLUMN     "turns18" TEXT;

