import { TOPICS, type TopicId } from "./guide-frontmatter";

// The library page's order: topics in the order a freelancer meets them, guides by their order.

export type GuideCard = { slug: string; title: string; summary: string; topic: TopicId; order: number; minutes: number };

export type TopicSection<T> = { id: TopicId; heading: string; guides: T[] };

export function groupByTopic<T extends { topic: TopicId; order: number; slug: string }>(guides: readonly T[]): TopicSection<T>[] {
  return TOPICS.map((topic) => ({
    id: topic.id,
    heading: topic.heading,
    guides: guides.filter((g) => g.topic === topic.id).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)),
  })).filter((section) => section.guides.length > 0);
}

export function topicHeading(id: TopicId): string {
  return TOPICS.find((t) => t.id === id)!.heading;
}

/** "5 min read" */
export function readingTimeText(minutes: number): string {
  return `${minutes} min read`;
}
