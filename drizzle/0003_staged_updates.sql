CREATE TABLE "article_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "pending" jsonb;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "pending_by" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "pending_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "pending_reviewed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "pending_publish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "pending_note" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "pending_correction" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "article_updates" ADD CONSTRAINT "article_updates_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_updates" ADD CONSTRAINT "article_updates_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_updates_article_idx" ON "article_updates" USING btree ("article_id","published_at");--> statement-breakpoint
CREATE INDEX "article_updates_kind_idx" ON "article_updates" USING btree ("kind","published_at","id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_pending_by_users_id_fk" FOREIGN KEY ("pending_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_pending_publish_at_idx" ON "articles" USING btree ("pending_publish_at") WHERE "articles"."pending_publish_at" is not null;