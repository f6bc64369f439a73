-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('PORTAL', 'OFFICER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ApplicationChannel" AS ENUM ('AUTHORITY', 'AKIM', 'SERVICE_CENTRE');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'FORWARDED', 'IN_REVIEW', 'APPROVED', 'REFUSED', 'RESULT_ISSUED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('RUDE_SERVICE', 'RESULT_DISAGREEMENT', 'OFFICIAL_ACTIONS');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('FILED', 'IN_REVIEW', 'ANSWERED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ComplaintTarget" AS ENUM ('PROVIDER_HEAD', 'REGIONAL_ADMINISTRATION', 'AKIMAT_APPARATUS', 'MINISTRY');

-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "provider_id" TEXT,
    "secret_hash" TEXT NOT NULL,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" BIGSERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "access_code_hash" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "service_number" INTEGER NOT NULL,
    "channel" "ApplicationChannel" NOT NULL,
    "provider_id" TEXT NOT NULL,
    "received_at_id" TEXT NOT NULL,
    "akim_office" TEXT,
    "status" "ApplicationStatus" NOT NULL,
    "open" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "recipient_category" TEXT NOT NULL,
    "applicant_iin" TEXT NOT NULL,
    "applicant_surname" TEXT NOT NULL,
    "applicant_given_name" TEXT NOT NULL,
    "applicant_patronymic" TEXT,
    "applicant_address" TEXT NOT NULL,
    "applicant_phone" TEXT NOT NULL,
    "applicant_email" TEXT,
    "documents" JSONB NOT NULL,
    "deadline" JSONB NOT NULL,
    "receipt" JSONB NOT NULL,
    "submitted_by_id" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "due_date" DATE NOT NULL,
    "outcome" "ApplicationStatus",
    "refusal_ground_code" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" BIGSERIAL NOT NULL,
    "application_id" BIGINT NOT NULL,
    "from_status" "ApplicationStatus",
    "to_status" "ApplicationStatus" NOT NULL,
    "actor_key_id" TEXT NOT NULL,
    "actor_role" "ApiKeyRole" NOT NULL,
    "actor_name" TEXT,
    "provider_id" TEXT,
    "reason" TEXT,
    "refusal_ground_code" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint" (
    "id" BIGSERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "access_code_hash" TEXT NOT NULL,
    "kind" "ComplaintKind" NOT NULL,
    "provider_id" TEXT NOT NULL,
    "service_id" TEXT,
    "service_number" INTEGER,
    "application_id" BIGINT,
    "addressee_id" TEXT NOT NULL,
    "target" "ComplaintTarget" NOT NULL,
    "route" JSONB NOT NULL,
    "status" "ComplaintStatus" NOT NULL,
    "open" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "complainant_surname" TEXT NOT NULL,
    "complainant_given_name" TEXT NOT NULL,
    "complainant_patronymic" TEXT,
    "complainant_address" TEXT NOT NULL,
    "complainant_phone" TEXT,
    "complainant_email" TEXT,
    "subject" TEXT NOT NULL,
    "reasons" TEXT NOT NULL,
    "demands" TEXT NOT NULL,
    "talon" JSONB NOT NULL,
    "filed_by_id" TEXT NOT NULL,
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "answer_due_at" TIMESTAMPTZ(3) NOT NULL,
    "answer" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_event" (
    "id" BIGSERIAL NOT NULL,
    "complaint_id" BIGINT NOT NULL,
    "from_status" "ComplaintStatus",
    "to_status" "ComplaintStatus" NOT NULL,
    "actor_key_id" TEXT NOT NULL,
    "actor_role" "ApiKeyRole" NOT NULL,
    "actor_name" TEXT,
    "provider_id" TEXT,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_key" (
    "id" TEXT NOT NULL,
    "api_key_id" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "api_key_role_created_at_idx" ON "api_key"("role", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "application_number_key" ON "application"("number");

-- CreateIndex
CREATE INDEX "application_provider_id_id_idx" ON "application"("provider_id", "id");

-- CreateIndex
CREATE INDEX "application_provider_id_status_id_idx" ON "application"("provider_id", "status", "id");

-- CreateIndex
CREATE INDEX "application_provider_id_service_id_status_id_idx" ON "application"("provider_id", "service_id", "status", "id");

-- CreateIndex
CREATE INDEX "application_provider_id_open_due_at_id_idx" ON "application"("provider_id", "open", "due_at", "id");

-- CreateIndex
CREATE INDEX "application_submitted_by_id_id_idx" ON "application"("submitted_by_id", "id");

-- CreateIndex
CREATE INDEX "application_applicant_iin_idx" ON "application"("applicant_iin");

-- CreateIndex
CREATE INDEX "application_event_application_id_id_idx" ON "application_event"("application_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_number_key" ON "complaint"("number");

-- CreateIndex
CREATE INDEX "complaint_addressee_id_id_idx" ON "complaint"("addressee_id", "id");

-- CreateIndex
CREATE INDEX "complaint_addressee_id_status_id_idx" ON "complaint"("addressee_id", "status", "id");

-- CreateIndex
CREATE INDEX "complaint_addressee_id_open_answer_due_at_id_idx" ON "complaint"("addressee_id", "open", "answer_due_at", "id");

-- CreateIndex
CREATE INDEX "complaint_filed_by_id_id_idx" ON "complaint"("filed_by_id", "id");

-- CreateIndex
CREATE INDEX "complaint_application_id_idx" ON "complaint"("application_id");

-- CreateIndex
CREATE INDEX "complaint_provider_id_idx" ON "complaint"("provider_id");

-- CreateIndex
CREATE INDEX "complaint_event_complaint_id_id_idx" ON "complaint_event"("complaint_id", "id");

-- CreateIndex
CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key"("created_at");

-- AddForeignKey
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_event" ADD CONSTRAINT "complaint_event_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
