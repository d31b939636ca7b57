level1 {
  level2 {
    level3 {
      level4 {
        level5 {
          level6 "a" {
            level7 "b" "c" {
              level8 {
                value = "deep"
              }
            }
          }
        }
      }
    }
  }
}
