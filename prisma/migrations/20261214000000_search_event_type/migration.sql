-- CreateIndex
CREATE INDEX "Event_type_hidden_idx" ON "Event"("type", "hidden");
