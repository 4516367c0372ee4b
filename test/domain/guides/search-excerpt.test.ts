import { describe, expect, it } from "vitest";
import { excerptParts } from "../../../src/domain/guides/search-excerpt";

describe("excerptParts", () => {
  it.each([
    { name: "plain text", html: "take a deposit", parts: [{ text: "take a deposit", marked: false }] },
    {
      name: "a marked word",
      html: "take a <mark>deposit</mark> first",
      parts: [
        { text: "take a ", marked: false },
        { text: "deposit", marked: true },
        { text: " first", marked: false },
      ],
    },
    { name: "entities decoded to text", html: "Tom &amp; Jerry &lt;3 &#163;40 &#x20AC;40", parts: [{ text: "Tom & Jerry <3 £40 €40", marked: false }] },
    // #33: markup in the index never becomes markup on the page; it is dropped, and escaped text stays text.
    { name: "#33 a script tag", html: "a<script>alert(1)</script>b", parts: [{ text: "aalert(1)b", marked: false }] },
    { name: "#33 an img with onerror", html: '<img src=x onerror=alert(1)>late <mark>fee</mark>', parts: [{ text: "late ", marked: false }, { text: "fee", marked: true }] },
    { name: "#33 escaped markup stays visible text", html: "&lt;img src=x onerror=alert(1)&gt;", parts: [{ text: "<img src=x onerror=alert(1)>", marked: false }] },
    { name: "a mark with attributes", html: '<mark class="x">deposit</mark>', parts: [{ text: "deposit", marked: true }] },
    { name: "an unclosed tag", html: "deposit <b", parts: [{ text: "deposit ", marked: false }] },
    { name: "an entity for a lone surrogate or NUL", html: "a&#xD800;b&#0;c", parts: [{ text: "abc", marked: false }] },
    { name: "an unknown entity kept as typed", html: "&bogus;", parts: [{ text: "&bogus;", marked: false }] },
    { name: "empty", html: "", parts: [] },
  ])("$name", ({ html, parts }) => {
    expect(excerptParts(html)).toEqual(parts);
  });
});
