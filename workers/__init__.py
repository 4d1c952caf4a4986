"""The job side: Stanza analysis and meeting extraction, run by RQ workers."""
