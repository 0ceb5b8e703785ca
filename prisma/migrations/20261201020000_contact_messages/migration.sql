-- CreateTable
CREATE TABLE "ContactMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "messageIds" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT
);

-- CreateIndex
CREATE INDEX "ContactMessage_studentId_idx" ON "ContactMessage"("studentId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactMessage_platform_channel_messageIds_key" ON "ContactMessage"("platform", "channel", "messageIds");

