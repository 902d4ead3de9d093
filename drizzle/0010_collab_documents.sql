CREATE TABLE "collab_documents" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"state" "bytea" NOT NULL,
	"synced" jsonb NOT NULL,
	"synced_version" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "contributor_ids" uuid[];--> statement-breakpoint
ALTER TABLE "collab_documents" ADD CONSTRAINT "collab_documents_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;