// Package skeleton: the PPO trainer is built in its own issue (see README.md).
export {};
