-- Earlier double submissions may have recorded the same acceptance twice: keep the first.
DELETE FROM "AgreementAcceptance" WHERE EXISTS (
  SELECT 1 FROM "AgreementAcceptance" b
  WHERE b."memberId" = "AgreementAcceptance"."memberId" AND b."version" = "AgreementAcceptance"."version"
    AND b."textSha256" = "AgreementAcceptance"."textSha256"
    AND (b."acceptedAt" < "AgreementAcceptance"."acceptedAt" OR (b."acceptedAt" = "AgreementAcceptance"."acceptedAt" AND b."id" < "AgreementAcceptance"."id"))
);
-- CreateIndex
CREATE UNIQUE INDEX "AgreementAcceptance_memberId_version_textSha256_key" ON "AgreementAcceptance"("memberId", "version", "textSha256");

