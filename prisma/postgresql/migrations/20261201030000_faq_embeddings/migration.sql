-- CreateTable
CREATE TABLE "FaqEmbedding" (
    "entryId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "vector" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaqEmbedding_pkey" PRIMARY KEY ("entryId","model")
);
