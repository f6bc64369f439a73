-- CreateIndex
CREATE INDEX "application_received_at_id_id_idx" ON "application"("received_at_id", "id");
