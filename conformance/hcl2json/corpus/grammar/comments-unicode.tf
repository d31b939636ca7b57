# Комментарий на русском
// 日本語のコメント
/* emoji comment 🎉 with combining é */
a = "value" # ünïcödé trailing
