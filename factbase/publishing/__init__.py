"""Publishing: claims with their citations in the formats other tools read (W3C Web Annotation,
schema.org ClaimReview, a self-contained HTML page). Builds documents; never prints."""
